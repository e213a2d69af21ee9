using System.Text.Json.Serialization;

namespace Spotify.Media.Analysis;

/// <summary>The part of <c>ffprobe -of json -show_format -show_streams</c> the probe reads.</summary>
internal sealed record FfprobeReport(
    [property: JsonPropertyName("format")] FfprobeReport.FormatSection? Format,
    [property: JsonPropertyName("streams")] IReadOnlyList<FfprobeReport.StreamSection>? Streams)
{
    // ffprobe writes most numbers as strings ("duration": "20.000000").
    internal sealed record FormatSection(
        [property: JsonPropertyName("format_name")] string? FormatName,
        [property: JsonPropertyName("duration")] string? Duration,
        [property: JsonPropertyName("bit_rate")] string? BitRate);

    internal sealed record StreamSection(
        [property: JsonPropertyName("codec_type")] string? CodecType,
        [property: JsonPropertyName("codec_name")] string? CodecName,
        [property: JsonPropertyName("sample_rate")] string? SampleRate,
        [property: JsonPropertyName("channels")] int? Channels,
        [property: JsonPropertyName("duration")] string? Duration,
        [property: JsonPropertyName("bit_rate")] string? BitRate);
}
