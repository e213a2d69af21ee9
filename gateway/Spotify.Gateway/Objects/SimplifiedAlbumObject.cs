using System.Text.Json.Serialization;

namespace Spotify.Gateway.Objects;

public sealed record SimplifiedAlbumObject(
    string AlbumType,
    int TotalTracks,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    string ReleaseDate,
    string ReleaseDatePrecision,
    string Type,
    string Uri,
    IReadOnlyList<SimplifiedArtistObject> Artists)
{
    /// <summary>How the album relates to the artist, in an artist's album listing only.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AlbumGroup { get; init; }
}
