namespace Spotify.Contracts.Listening;

/// <summary>One entry of a user's recently played list.</summary>
[GenerateSerializer, Immutable, Alias("spotify.listening.PlayedItem")]
public sealed record PlayedItem(string TrackId, DateTimeOffset PlayedAt, string? ContextUri);
