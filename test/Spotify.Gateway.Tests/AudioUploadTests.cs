using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;
using Spotify.Grains.Catalog.Demo;
using Spotify.Media.Storage;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>Uploading a track's audio: refused when it is not audio, else a job that transcodes, encrypts and publishes it.</summary>
public sealed class AudioUploadTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task An_upload_is_accepted_as_a_job_that_publishes_every_rendition_at_once()
    {
        var trackId = Demo.Tracks[30].Id;
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");

        var response = await admin.PostAsync($"/v1/admin/tracks/{trackId}/audio", TestAudio.Upload(await TestAudio.WavAsync(7)));

        var accepted = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        var jobUrl = response.Headers.Location!.ToString();
        Assert.Equal(accepted.GetProperty("href").GetString(), jobUrl);
        Assert.Equal(trackId, accepted.GetProperty("track_id").GetString());
        var finished = await Eventually.GetAsync(
            () => admin.GetJsonAsync(jobUrl), job => job.GetProperty("status").GetString() is "succeeded" or "failed", JobTimeout);
        Assert.Equal("succeeded", finished.GetProperty("status").GetString());
        Assert.Equal(1, finished.GetProperty("progress").GetDouble());
        var version = finished.GetProperty("published_version").GetString()!;

        var audio = await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId).GetAudioAsync();
        Assert.NotNull(audio);
        Assert.Equal(version, audio.Version);
        Assert.Equal(7_000, audio.DurationMs, tolerance: 100);
        Assert.InRange(audio.LoudnessLufs, -40, 0);
        Assert.Equal([96, 160, 320], audio.Renditions.Select(rendition => rendition.BitrateKbps));
        var store = factory.Services.GetRequiredService<IBlobStore>();
        foreach (var rendition in audio.Renditions)
        {
            Assert.Equal(rendition.Bytes, (await store.GetPropertiesAsync(rendition.Path))!.Length);
        }
        Assert.True(await store.ExistsAsync(audio.HlsMasterPath));
        Assert.Empty(await StagingFolder.EntriesOnceClearedAsync(factory.StagingDirectory));
    }

    [Fact]
    public async Task A_file_that_is_not_audio_is_refused_with_the_reason_and_no_job()
    {
        var trackId = Demo.Tracks[31].Id;
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");

        var response = await admin.PostAsync(
            $"/v1/admin/tracks/{trackId}/audio", TestAudio.Upload("Liner notes, not audio.\n"u8.ToArray(), "notes.mp3"));

        var error = await response.ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("not audio", error.GetProperty("error").GetProperty("message").GetString());
        Assert.Null(response.Headers.Location);
        Assert.Null(await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId).GetAudioAsync());
        Assert.Empty(Directory.Exists(factory.StagingDirectory) ? Directory.GetFileSystemEntries(factory.StagingDirectory) : []);
    }

    [Fact]
    public async Task Uploads_that_are_not_a_file_part_or_not_for_a_track_are_client_errors()
    {
        var trackId = Demo.Tracks[32].Id;
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");
        var reader = await factory.CreateClientWithTokenAsync();
        var audio = await TestAudio.WavAsync(1);
        var raw = new ByteArrayContent(audio);
        raw.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");

        var notMultipart = await (await admin.PostAsync($"/v1/admin/tracks/{trackId}/audio", raw)).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("multipart/form-data", notMultipart.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest,
            (await admin.PostAsync($"/v1/admin/tracks/{trackId}/audio", TestAudio.Upload(audio, partName: "audio"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.PostAsync($"/v1/admin/tracks/{Contracts.Ids.SpotifyId.NewId()}/audio", TestAudio.Upload(audio))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/v1/admin/tracks/nope/audio", TestAudio.Upload(audio))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync($"/v1/admin/tracks/{trackId}/audio", TestAudio.Upload(audio))).StatusCode);
    }

    [Fact]
    public async Task Bulk_import_is_off_until_an_import_root_is_set()
    {
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");

        var response = await admin.PostAsJsonAsync("/v1/admin/audio/imports", new { directory = "" });

        var error = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("ImportRoot", error.GetProperty("error").GetProperty("message").GetString());
    }
}
