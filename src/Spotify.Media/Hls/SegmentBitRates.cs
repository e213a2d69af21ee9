namespace Spotify.Media.Hls;

/// <summary>The bit rates RFC 8216 (section 4.1) asks a master playlist to state for a variant.</summary>
internal static class SegmentBitRates
{
    /// <summary>Total segment size over total segment duration (AVERAGE-BANDWIDTH), bits per second.</summary>
    public static long Average(IReadOnlyList<(long Bytes, TimeSpan Duration)> segments) =>
        BitsPerSecond(segments.Sum(segment => segment.Bytes), segments.Aggregate(TimeSpan.Zero, (total, segment) => total + segment.Duration));

    /// <summary>
    /// The largest bit rate of any run of consecutive segments lasting between 0.5 and 1.5 target
    /// durations (BANDWIDTH), so that a short last segment, mostly headers, does not count alone.
    /// </summary>
    public static long Peak(IReadOnlyList<(long Bytes, TimeSpan Duration)> segments, TimeSpan targetDuration)
    {
        long? peak = null;
        for (var first = 0; first < segments.Count; first++)
        {
            var (bytes, duration) = (0L, TimeSpan.Zero);
            for (var last = first; last < segments.Count && duration + segments[last].Duration <= targetDuration * 1.5; last++)
            {
                (bytes, duration) = (bytes + segments[last].Bytes, duration + segments[last].Duration);
                if (duration >= targetDuration * 0.5)
                {
                    peak = Math.Max(peak ?? 0, BitsPerSecond(bytes, duration));
                }
            }
        }
        // A track shorter than half a target duration has no such run: all of it is the peak.
        return peak ?? Average(segments);
    }

    private static long BitsPerSecond(long bytes, TimeSpan duration) =>
        duration > TimeSpan.Zero ? (long)Math.Ceiling(bytes * 8 / duration.TotalSeconds) : 0;
}
