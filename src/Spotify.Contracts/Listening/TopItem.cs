namespace Spotify.Contracts.Listening;

/// <summary>A track or artist with how much the user listened to it in a time range (a decayed play count).</summary>
[GenerateSerializer, Immutable, Alias("spotify.listening.TopItem")]
public sealed record TopItem(string Id, double Score);
