using Spotify.Media.Tools;

namespace Spotify.Media.Tests.Tools;

public sealed class ToolProcessTests
{
    // Only a safety net so that a regression fails instead of hanging the run; never reached when the code works.
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Non_zero_exit_throws_with_the_end_of_standard_error()
    {
        var failure = await Assert.ThrowsAsync<ToolFailedException>(() => TestMedia.Tools.RunFfmpegAsync(
            ["-v", "error", "-i", "/nonexistent/input.wav", "-f", "null", "-"]));

        Assert.Equal("ffmpeg", failure.Tool);
        Assert.NotEqual(0, failure.ExitCode);
        Assert.Contains("No such file or directory", failure.StandardErrorTail);
        Assert.Contains(failure.StandardErrorTail, failure.Message);
    }

    [Fact]
    public async Task Progress_goes_from_zero_to_one_over_the_duration()
    {
        var progress = new RecordingProgress();

        await TestMedia.Tools.RunFfmpegAsync(
            ["-v", "error", "-f", "lavfi", "-i", "sine=duration=5", "-f", "null", "-"], TimeSpan.FromSeconds(5), progress);

        Assert.NotEmpty(progress.Values);
        Assert.All(progress.Values, value => Assert.InRange(value, 0, 1));
        Assert.Equal(1, progress.Values[^1]);
    }

    [Fact]
    public async Task Cancelling_kills_a_running_ffmpeg()
    {
        using var cancellation = new CancellationTokenSource();
        var cancelOnFirstReport = new CancellingProgress(cancellation);

        var running = TestMedia.Tools.RunFfmpegAsync(
            ["-v", "error", "-f", "lavfi", "-i", "sine", "-f", "null", "-"], TimeSpan.FromHours(1), cancelOnFirstReport, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Hang));
    }

    [Fact]
    public async Task Cancelling_kills_the_processes_the_tool_started()
    {
        using var cancellation = new CancellationTokenSource();

        // The background sleep holds standard output open: the run can only end if it is killed too.
        var running = ToolProcess.RunAsync(
            "/bin/sh", ["-c", "sleep 600 & echo started; wait"], line => cancellation.Cancel(), cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Hang));
    }

    [Fact]
    public async Task A_cancelled_token_starts_nothing()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestMedia.Tools.RunFfprobeAsync(["-version"], new CancellationToken(canceled: true)));
    }

    private sealed class CancellingProgress(CancellationTokenSource cancellation) : IProgress<double>
    {
        public void Report(double value) => cancellation.Cancel();
    }
}
