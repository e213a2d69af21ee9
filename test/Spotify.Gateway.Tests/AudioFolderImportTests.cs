using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;
using Spotify.Media.Tools;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>Bulk audio import from a folder under the configured import root.</summary>
public sealed class AudioFolderImportTests(AudioFolderImportTests.Factory factory) : IClassFixture<AudioFolderImportTests.Factory>
{
    private const string Isrc = "QZIMP2600001";
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    [Fact]
    public async Task Files_are_matched_to_tracks_by_their_isrc_tag_or_name_and_the_rest_is_reported()
    {
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");
        await IngestTrackWithIsrcAsync(admin);
        var folder = Directory.CreateDirectory(Path.Combine(factory.ImportRoot, "delivery-1", "disc-1")).FullName;
        var wav = Path.Combine(folder, "source.wav");
        await File.WriteAllBytesAsync(wav, await TestAudio.WavAsync(2));
        await MediaToolLocator.Locate().RunFfmpegAsync(
            ["-v", "error", "-i", wav, "-c:a", "libmp3lame", "-metadata", $"ISRC={Isrc}", Path.Combine(folder, "01 First Light.mp3")]);
        File.Move(wav, Path.Combine(folder, Demo.Tracks[60].Id + ".wav"));
        await File.WriteAllTextAsync(Path.Combine(folder, Demo.Tracks[61].Id + ".mp3"), "Liner notes, not audio.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "cover.txt"), "A picture, in words.\n");

        var response = await admin.PostAsJsonAsync("/v1/admin/audio/imports", new { directory = "delivery-1" });

        var result = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        var jobs = result.GetProperty("jobs").EnumerateArray().ToDictionary(job => job.GetProperty("file").GetString()!);
        var skipped = result.GetProperty("skipped").EnumerateArray()
            .ToDictionary(file => file.GetProperty("file").GetString()!, file => file.GetProperty("reason").GetString()!);
        Assert.Equal(["disc-1/01 First Light.mp3", $"disc-1/{Demo.Tracks[60].Id}.wav"], jobs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Contracts.Ids.SpotifyUri.Track(Ingest.Isrc.TrackId(Isrc)), jobs["disc-1/01 First Light.mp3"].GetProperty("track_uri").GetString());
        Assert.Equal(Contracts.Ids.SpotifyUri.Track(Demo.Tracks[60].Id), jobs[$"disc-1/{Demo.Tracks[60].Id}.wav"].GetProperty("track_uri").GetString());
        Assert.StartsWith("Not audio", skipped[$"disc-1/{Demo.Tracks[61].Id}.mp3"]);
        Assert.StartsWith("No catalog track", skipped["disc-1/cover.txt"]);

        var href = jobs["disc-1/01 First Light.mp3"].GetProperty("job").GetProperty("href").GetString()!;
        var finished = await Eventually.GetAsync(
            () => admin.GetJsonAsync(href), job => job.GetProperty("status").GetString() is "succeeded" or "failed", TimeSpan.FromSeconds(90));
        Assert.Equal("succeeded", finished.GetProperty("status").GetString());
        Assert.True(File.Exists(Path.Combine(folder, "01 First Light.mp3")), "the import leaves its source files where they are");
    }

    [Theory]
    [InlineData("../")]
    [InlineData("/etc")]
    [InlineData("no-such-folder")]
    public async Task Folders_outside_the_root_or_missing_are_refused(string directory)
    {
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");

        var response = await admin.PostAsJsonAsync("/v1/admin/audio/imports", new { directory });

        var error = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("root", error.GetProperty("error").GetProperty("message").GetString());
    }

    private static async Task IngestTrackWithIsrcAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/v1/admin/catalog", new
        {
            artists = new[] { new { key = "mbid-import-lead", name = "Import Artist", genres = new[] { "ambient" } } },
            albums = new[]
            {
                new
                {
                    upc = "100000000777",
                    name = "Delivered",
                    album_type = "album",
                    release_date = "2026-11-01",
                    artists = new[] { "mbid-import-lead" },
                    label = "Test Label",
                    tracks = new[] { new { isrc = Isrc, name = "First Light", duration_ms = 2_000, artists = new[] { "mbid-import-lead" } } },
                },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class Factory() : EmbeddedGatewayFactory(new Dictionary<string, string> { ["Spotify:Media:Ingest:ImportRoot"] = Root })
    {
        private static readonly string Root = Directory.CreateTempSubdirectory("spotify-import-").FullName;

        public string ImportRoot => Root;
    }
}
