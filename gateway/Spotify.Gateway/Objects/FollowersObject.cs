namespace Spotify.Gateway.Objects;

/// <summary>Spotify's followers object; <c>href</c> is always null in the Web API.</summary>
public sealed record FollowersObject(string? Href, long Total);
