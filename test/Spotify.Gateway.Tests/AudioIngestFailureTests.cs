using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Contracts.Catalog;
using Spotify.Grains.Catalog.Demo;
using Spotify.Media.Storage;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>Audio ingest when things go wrong: uploads over the limit, and jobs whose uploads to the blob store fail (retried, never half-published).</summary>
public sealed class AudioIngestFailureTests(AudioIngestFailureTests.Factory factory) : IClassFixture<AudioIngestFailureTests.Factory>
{
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_with_413_and_nothing_is_staged()
    {
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");
        var tooLarge = new byte[Factory.MaxUploadBytes + 1];

        var response = await admin.PostAsync($"/v1/admin/tracks/{Demo.Tracks[42].Id}/audio", TestAudio.Upload(tooLarge));

        var error = await response.ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains($"{Factory.MaxUploadBytes} bytes", error.GetProperty("error").GetProperty("message").GetString());
        Assert.Empty(Directory.Exists(factory.StagingDirectory) ? Directory.GetFileSystemEntries(factory.StagingDirectory) : []);
    }

    [Fact]
    public async Task A_failed_attempt_is_retried_and_the_job_succeeds_on_the_next()
    {
        var trackId = Demo.Tracks[40].Id;
        factory.Store.FailPuts(trackId, times: 1);

        var job = await UploadAndWaitAsync(trackId);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("attempts").GetInt32());
        var audio = await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId).GetAudioAsync();
        Assert.Equal(job.GetProperty("published_version").GetString(), audio!.Version);
    }

    [Fact]
    public async Task A_job_that_fails_every_attempt_is_reported_and_leaves_no_audio_and_no_files()
    {
        var trackId = Demo.Tracks[41].Id;
        factory.Store.FailPuts(trackId, times: int.MaxValue);

        var job = await UploadAndWaitAsync(trackId);

        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Equal(Factory.MaxAttempts, job.GetProperty("attempts").GetInt32());
        Assert.Contains("blob store refused", job.GetProperty("error").GetString());
        Assert.Null(await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId).GetAudioAsync());
        Assert.Empty(await factory.Store.ListAsync($"tracks/{trackId}").ToListAsync());
    }

    private async Task<System.Text.Json.JsonElement> UploadAndWaitAsync(string trackId)
    {
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");
        var response = await admin.PostAsync($"/v1/admin/tracks/{trackId}/audio", TestAudio.Upload(await TestAudio.WavAsync(2)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await Eventually.GetAsync(
            () => admin.GetJsonAsync(response.Headers.Location!.ToString()),
            job => job.GetProperty("status").GetString() is "succeeded" or "failed",
            JobTimeout);
    }

    public sealed class Factory() : EmbeddedGatewayFactory(new Dictionary<string, string>
    {
        ["Spotify:Media:Ingest:RetryDelay"] = "00:00:00",
        ["Spotify:Media:Ingest:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Spotify:Media:Ingest:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    })
    {
        public const int MaxAttempts = 2;
        public const int MaxUploadBytes = 1_000_000;

        private FailingBlobStore? _store;

        public FailingBlobStore Store => _store ??= new FailingBlobStore(new LocalFolderBlobStore(MediaDirectory));

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IBlobStore>(Store));
        }
    }
}
