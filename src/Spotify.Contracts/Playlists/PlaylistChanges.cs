namespace Spotify.Contracts.Playlists;

/// <summary>Details to change; a null leaves that detail as it is.</summary>
[GenerateSerializer, Immutable, Alias("spotify.playlists.PlaylistChanges")]
public sealed record PlaylistChanges(string? Name, string? Description, bool? Public, bool? Collaborative);
