using Spotify.Media.Tools;

namespace Spotify.Media.Tests.Tools;

public sealed class FfmpegProgressReaderTests
{
    [Fact]
    public void Output_time_is_reported_as_a_share_of_the_duration_and_the_end_as_one()
    {
        var progress = new RecordingProgress();
        var reader = new FfmpegProgressReader(TimeSpan.FromSeconds(20), progress);

        foreach (var line in new[]
        {
            "out_time_us=N/A", "out_time_us=-9223372036854775807", "total_size=48", "out_time_us=5000000",
            "out_time_ms=5000000", "progress=continue", "out_time_us=20400000", "progress=end",
        })
        {
            reader.OnLine(line);
        }

        Assert.Equal([0, 0.25, 1, 1], progress.Values);
    }

    [Fact]
    public void Unknown_duration_reports_only_the_end()
    {
        var progress = new RecordingProgress();
        var reader = new FfmpegProgressReader(TimeSpan.Zero, progress);

        reader.OnLine("out_time_us=5000000");
        reader.OnLine("progress=end");

        Assert.Equal([1], progress.Values);
    }
}
