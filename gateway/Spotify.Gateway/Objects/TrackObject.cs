using System.Text.Json.Serialization;

namespace Spotify.Gateway.Objects;

public sealed record TrackObject(
    SimplifiedAlbumObject Album,
    IReadOnlyList<SimplifiedArtistObject> Artists,
    int DiscNumber,
    int DurationMs,
    bool Explicit,
    ExternalIds ExternalIds,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    bool IsLocal,
    string Name,
    int Popularity,
    string? PreviewUrl,
    int TrackNumber,
    string Type,
    string Uri)
{
    /// <summary>Only on recommendations: why the track was picked ("Because you played Slow Moon"). Not a Spotify field.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }
}
