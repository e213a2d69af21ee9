namespace Spotify.Media.Analysis;

/// <summary>Metadata an audio file carries about itself; a field the file does not carry is null.</summary>
public sealed record AudioTags(
    string? Title,
    IReadOnlyList<string>? Artists,
    string? Album,
    int? Year,
    int? TrackNumber,
    int? DiscNumber,
    TimeSpan? Duration,
    string? Isrc)
{
    public static AudioTags None { get; } = new(null, null, null, null, null, null, null, null);
}
