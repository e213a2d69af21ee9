namespace Spotify.Contracts.Library;

[GenerateSerializer, Immutable, Alias("spotify.library.SavedItem")]
public sealed record SavedItem(string Id, DateTimeOffset AddedAt);
