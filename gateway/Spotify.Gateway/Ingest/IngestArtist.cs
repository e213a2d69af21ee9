namespace Spotify.Gateway.Ingest;

public sealed record IngestArtist(string? Key, string? Name, IReadOnlyList<string?>? Genres, int? Popularity, long? Followers);
