using Spotify.Grains.Catalog.Demo;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>An upload staged when the gateway stopped is transcoded and published after it starts again.</summary>
public sealed class AudioIngestResumeTests
{
    [Fact]
    public async Task A_job_left_in_the_staging_folder_is_resumed_at_start()
    {
        await using var gateway = new EmbeddedGatewayFactory();
        var trackId = DemoCatalog.Build().Tracks[50].Id;
        var jobId = Contracts.Ids.SpotifyId.NewId();
        var staged = Path.Combine(gateway.StagingDirectory, jobId, trackId + ".wav");
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        await File.WriteAllBytesAsync(staged, await TestAudio.WavAsync(2));

        var admin = await gateway.CreateClientWithTokenAsync("catalog:write");
        var job = await Eventually.GetAsync(
            async () => await admin.GetAsync($"/v1/admin/jobs/{jobId}") is { IsSuccessStatusCode: true } found
                ? (await found.ReadJsonAsync()).GetProperty("status").GetString()
                : "unknown",
            status => status is "succeeded" or "failed",
            TimeSpan.FromSeconds(90));

        Assert.Equal("succeeded", job);
        Assert.Empty(await StagingFolder.EntriesOnceClearedAsync(gateway.StagingDirectory));
    }
}
