namespace Spotify.Gateway.Playlists;

public sealed record AddItemsRequest(IReadOnlyList<string>? Uris, int? Position);
