using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Media;

namespace Spotify.Gateway.Tests;

/// <summary>The admin API's view of audio ingest jobs.</summary>
public sealed class AdminAudioApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    [Fact]
    public async Task A_job_shows_its_status_progress_and_attempts()
    {
        var id = SpotifyId.NewId();
        var job = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IAudioJobGrain>(id);
        await job.CreateAsync("track-id");
        await job.StartAttemptAsync();
        await job.ReportProgressAsync(0.25);
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");

        var shown = await admin.GetJsonAsync($"/v1/admin/jobs/{id}");

        JsonAssertions.AssertKeys(shown, "attempts", "created_at", "error", "href", "id", "progress", "published_version", "status", "track_id", "updated_at");
        Assert.Equal("running", shown.GetProperty("status").GetString());
        Assert.Equal(0.25, shown.GetProperty("progress").GetDouble());
        Assert.Equal(1, shown.GetProperty("attempts").GetInt32());
        Assert.EndsWith($"/v1/admin/jobs/{id}", shown.GetProperty("href").GetString());
    }

    [Fact]
    public async Task Unknown_and_malformed_job_ids_and_missing_scope_are_refused()
    {
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");
        var reader = await factory.CreateClientWithTokenAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/v1/admin/jobs/{SpotifyId.NewId()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/v1/admin/jobs/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/v1/admin/jobs/{SpotifyId.NewId()}")).StatusCode);
    }
}
