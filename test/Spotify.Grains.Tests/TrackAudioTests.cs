using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;
using Spotify.Testing;

namespace Spotify.Grains.Tests;

/// <summary>A track's content key and published audio, and the record of an audio ingest job.</summary>
public sealed class TrackAudioTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static TrackAudio Audio(string version) => new(
        version, 20_000, -14.2, -1.1,
        [new AudioRendition("vorbis", 160, $"tracks/t/{version}/ogg/160.ogg", 400_000, "00112233445566778899aabbccddeeff")],
        $"tracks/t/{version}/hls/master.m3u8",
        DateTimeOffset.UtcNow);

    private async Task<ITrackGrain> NewTrackAsync()
    {
        var track = CatalogSamples.Track();
        var grain = fixture.Grains.GetGrain<ITrackGrain>(track.Id);
        await grain.UpsertAsync(track);
        return grain;
    }

    [Fact]
    public async Task The_content_key_is_made_once_and_given_out_only_once_audio_is_published()
    {
        var track = await NewTrackAsync();

        var key = await track.GetOrCreateContentKeyAsync();
        var again = await track.GetOrCreateContentKeyAsync();
        var beforePublishing = await track.GetContentKeyAsync();
        await track.PublishAudioAsync(Audio("v1"));

        Assert.Equal(16, key.Length);
        Assert.Equal<byte>(key, again);
        Assert.Empty(beforePublishing);
        Assert.Equal<byte>(key, await track.GetContentKeyAsync());
        Assert.Equal("v1", (await track.GetAudioAsync())!.Version);
    }

    [Fact]
    public async Task A_new_version_replaces_the_old_one_whole()
    {
        var track = await NewTrackAsync();
        await track.GetOrCreateContentKeyAsync();

        await track.PublishAudioAsync(Audio("v1"));
        await track.PublishAudioAsync(Audio("v2"));

        var audio = await track.GetAudioAsync();
        Assert.Equal("v2", audio!.Version);
        Assert.All(audio.Renditions, rendition => Assert.Contains("/v2/", rendition.Path));
    }

    [Fact]
    public async Task Audio_without_a_content_key_or_for_an_unknown_track_is_refused()
    {
        var track = await NewTrackAsync();
        var unknown = fixture.Grains.GetGrain<ITrackGrain>("0000000000000000000000");

        await Assert.ThrowsAsync<InvalidOperationException>(() => track.PublishAudioAsync(Audio("v1")));
        Assert.Empty(await unknown.GetOrCreateContentKeyAsync());
        Assert.Null(await track.GetAudioAsync());
    }

    [Fact]
    public async Task A_job_records_attempts_progress_and_its_end()
    {
        var job = fixture.Grains.GetGrain<IAudioJobGrain>($"job-{Guid.NewGuid():N}");

        var created = await job.CreateAsync("track-1");
        var first = await job.StartAttemptAsync();
        await job.ReportProgressAsync(0.4);
        // Progress is one-way: it arrives when it arrives.
        var running = await Eventually.GetAsync(job.GetAsync, state => state!.Progress > 0, TimeSpan.FromSeconds(10));
        await job.FailAttemptAsync("ffmpeg exited with 1", final: false);
        var retrying = await job.GetAsync();
        var second = await job.StartAttemptAsync();
        await job.SucceedAsync("v7");
        var done = await job.GetAsync();

        Assert.Equal(AudioJobStatus.Queued, created.Status);
        Assert.Equal((1, 2), (first, second));
        Assert.Equal((AudioJobStatus.Running, 0.4), (running!.Status, running.Progress));
        Assert.Equal((AudioJobStatus.Queued, "ffmpeg exited with 1"), (retrying!.Status, retrying.Error));
        Assert.Equal((AudioJobStatus.Succeeded, "v7", 1.0, 2, (string?)null), (done!.Status, done.PublishedVersion, done.Progress, done.Attempts, done.Error));
    }

    [Fact]
    public async Task A_final_failure_fails_the_job()
    {
        var job = fixture.Grains.GetGrain<IAudioJobGrain>($"job-{Guid.NewGuid():N}");
        await job.CreateAsync("track-1");
        await job.StartAttemptAsync();

        await job.FailAttemptAsync("not audio", final: true);

        var failed = await job.GetAsync();
        Assert.Equal((AudioJobStatus.Failed, "not audio"), (failed!.Status, failed.Error));
    }
}
