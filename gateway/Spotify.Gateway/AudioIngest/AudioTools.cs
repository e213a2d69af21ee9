using Microsoft.Extensions.Options;
using Spotify.Media.Tools;

namespace Spotify.Gateway.AudioIngest;

/// <summary>The ffmpeg and ffprobe this gateway transcodes with, looked for once; without them the API still runs, without ingest.</summary>
public sealed class AudioTools
{
    public AudioTools(IOptions<AudioIngestOptions> options)
    {
        if (MediaToolLocator.TryLocate(options.Value.FfmpegPath, out var tools, out var missing))
        {
            Tools = tools;
        }
        else
        {
            MissingReason = $"Audio ingest is off: {missing.Message} Install ffmpeg (apt-get install ffmpeg) or set {AudioIngestOptions.Section}:FfmpegPath.";
        }
    }

    public MediaTools? Tools { get; }

    /// <summary>Why there is no ingest here, when <see cref="Tools"/> is null.</summary>
    public string? MissingReason { get; }
}
