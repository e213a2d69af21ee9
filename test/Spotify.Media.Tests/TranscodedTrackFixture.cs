using Spotify.Media.Encryption;
using Spotify.Media.Transcoding;

namespace Spotify.Media.Tests;

/// <summary>One clip transcoded once, shared by every test that reads the output.</summary>
public sealed class TranscodedTrackFixture : IAsyncLifetime
{
    public const string KeyUri = "/v1/tracks/4uLU6hMCjMI75M1A2tKUQC/key";

    private readonly TemporaryDirectory _directory = new();

    public static TimeSpan ClipDuration { get; } = TimeSpan.FromSeconds(20);

    public ContentKey Key { get; } = ContentKey.Generate();

    public string OutputDirectory => Path.Combine(_directory.Path, "out");

    public TranscodedTrack Track { get; private set; } = null!;

    public IReadOnlyList<double> Progress { get; private set; } = [];

    public string PathOf(string relativePath) => Path.Combine(OutputDirectory, relativePath);

    public async Task InitializeAsync()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, ClipDuration);
        var progress = new RecordingProgress();
        Track = await new TrackTranscoder(TestMedia.Tools).TranscodeAsync(clip, OutputDirectory, Key, KeyUri, progress);
        Progress = progress.Values;
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
