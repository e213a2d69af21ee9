using Spotify.Media.Encryption;
using Spotify.Media.Hls;

namespace Spotify.Media.Tests.Transcoding;

[Collection(TranscodedTrackCollection.Name)]
public sealed class HlsRenditionTests(TranscodedTrackFixture fixture)
{
    [Fact]
    public async Task Master_playlist_lists_the_three_aac_variants_with_their_bandwidth()
    {
        var master = MasterPlaylist.Parse(await File.ReadAllTextAsync(fixture.PathOf(fixture.Track.MasterPlaylistPath)));

        Assert.Equal("hls/master.m3u8", fixture.Track.MasterPlaylistPath);
        Assert.Equal(["64/index.m3u8", "128/index.m3u8", "256/index.m3u8"], master.Variants.Select(variant => variant.Uri));
        Assert.All(master.Variants, variant => Assert.Equal("mp4a.40.2", variant.Codecs));
        foreach (var (variant, nominal) in master.Variants.Zip([64_000, 128_000, 256_000]))
        {
            Assert.InRange(variant.AverageBandwidth!.Value, nominal * 0.85, nominal * 1.15);
            Assert.InRange(variant.Bandwidth, variant.AverageBandwidth.Value, nominal * 1.5);
        }
    }

    [Theory]
    [InlineData("hls/64/index.m3u8")]
    [InlineData("hls/128/index.m3u8")]
    [InlineData("hls/256/index.m3u8")]
    public async Task Media_playlist_is_vod_with_six_second_segments_a_clear_init_segment_and_a_key_per_segment(string path)
    {
        var text = await File.ReadAllTextAsync(fixture.PathOf(path));
        var playlist = MediaPlaylist.Parse(text);
        var lines = text.Split('\n');

        Assert.Contains("#EXT-X-PLAYLIST-TYPE:VOD", lines);
        Assert.True(playlist.IsComplete);
        Assert.Equal(TimeSpan.FromSeconds(6), playlist.TargetDuration);
        Assert.Equal(TranscodedTrackFixture.ClipDuration.TotalSeconds, playlist.Duration.TotalSeconds, tolerance: 0.5);
        Assert.All(playlist.Segments.SkipLast(1), segment => Assert.InRange(segment.Duration.TotalSeconds, 5.5, 6.5));
        Assert.Equal("init.mp4", playlist.MapUri);
        Assert.Null(playlist.MapKey);
        Assert.StartsWith("#EXT-X-KEY:METHOD=AES-128,", lines[Array.FindIndex(lines, line => line.StartsWith("#EXT-X-MAP")) + 1]);
        Assert.All(playlist.Segments, segment =>
        {
            Assert.Equal(new HlsKey("AES-128", TranscodedTrackFixture.KeyUri, segment.Key!.Iv), segment.Key);
            Assert.Equal(16, segment.Key.Iv!.Length);
        });
        Assert.Equal(playlist.Segments.Count, playlist.Segments.Select(segment => Convert.ToHexString(segment.Key!.Iv!)).Distinct().Count());
    }

    [Fact]
    public async Task Every_uri_in_the_playlists_is_relative()
    {
        var master = MasterPlaylist.Parse(await File.ReadAllTextAsync(fixture.PathOf(fixture.Track.MasterPlaylistPath)));
        var uris = master.Variants.Select(variant => variant.Uri).ToList();
        foreach (var rendition in fixture.Track.Hls)
        {
            var playlist = MediaPlaylist.Parse(await File.ReadAllTextAsync(fixture.PathOf(rendition.PlaylistPath)));
            uris.Add(playlist.MapUri!);
            uris.AddRange(playlist.Segments.Select(segment => segment.Uri));
        }

        Assert.All(uris, uri =>
        {
            Assert.True(Uri.TryCreate(uri, UriKind.Relative, out _), uri);
            Assert.False(uri.StartsWith('/'), uri);
        });
    }

    [Theory]
    [InlineData("hls/64/index.m3u8")]
    [InlineData("hls/128/index.m3u8")]
    [InlineData("hls/256/index.m3u8")]
    public async Task Init_segment_then_decrypted_segments_play_as_aac_for_the_whole_clip(string path)
    {
        var directory = Path.GetDirectoryName(fixture.PathOf(path))!;
        var playlist = MediaPlaylist.Parse(await File.ReadAllTextAsync(fixture.PathOf(path)));
        using var output = new TemporaryDirectory();
        var joined = output.File("joined.mp4");
        await using (var file = File.Create(joined))
        {
            await file.WriteAsync(await File.ReadAllBytesAsync(Path.Combine(directory, playlist.MapUri!)));
            foreach (var segment in playlist.Segments)
            {
                var encrypted = await File.ReadAllBytesAsync(Path.Combine(directory, segment.Uri));
                await file.WriteAsync(HlsSegmentCipher.Decrypt(fixture.Key, segment.Key!.Iv, encrypted));
            }
        }

        var facts = await TestMedia.ProbeAsync(joined);

        Assert.Equal("aac", facts.Codec);
        Assert.Equal(TranscodedTrackFixture.ClipDuration.TotalSeconds, facts.DurationSeconds, tolerance: 0.5);
    }

    [Fact]
    public async Task Ffmpeg_as_an_hls_player_decrypts_the_variant_with_the_key()
    {
        // ffmpeg's HLS demuxer is an implementation of RFC 8216 independent of ours. The key URI is
        // the API's, so a copy of the variant gets a playlist pointing at a key file instead.
        var variant = Path.GetDirectoryName(fixture.PathOf("hls/128/index.m3u8"))!;
        using var copy = new TemporaryDirectory();
        foreach (var file in Directory.GetFiles(variant))
        {
            File.Copy(file, copy.File(Path.GetFileName(file)));
        }
        await File.WriteAllBytesAsync(copy.File("key.bin"), fixture.Key.ToArray());
        var playlist = await File.ReadAllTextAsync(copy.File("index.m3u8"));
        await File.WriteAllTextAsync(copy.File("local.m3u8"), playlist.Replace(TranscodedTrackFixture.KeyUri, "key.bin"));
        var remuxed = copy.File("remuxed.mp4");

        await TestMedia.Tools.RunFfmpegAsync(
            ["-v", "error", "-allowed_extensions", "ALL", "-i", copy.File("local.m3u8"), "-c", "copy", remuxed]);

        var facts = await TestMedia.ProbeAsync(remuxed);
        Assert.Equal("aac", facts.Codec);
        Assert.Equal(TranscodedTrackFixture.ClipDuration.TotalSeconds, facts.DurationSeconds, tolerance: 0.5);
    }

    [Fact]
    public async Task Segments_are_encrypted_and_the_init_segment_is_not()
    {
        var directory = Path.GetDirectoryName(fixture.PathOf(fixture.Track.Hls[0].PlaylistPath))!;
        var playlist = MediaPlaylist.Parse(await File.ReadAllTextAsync(fixture.PathOf(fixture.Track.Hls[0].PlaylistPath)));

        Assert.Equal("ftyp", BoxType(await File.ReadAllBytesAsync(Path.Combine(directory, playlist.MapUri!))));
        foreach (var segment in playlist.Segments)
        {
            var encrypted = await File.ReadAllBytesAsync(Path.Combine(directory, segment.Uri));
            var clear = HlsSegmentCipher.Decrypt(fixture.Key, segment.Key!.Iv, encrypted);
            Assert.Contains(BoxType(clear), new[] { "styp", "moof" });
            Assert.DoesNotContain(BoxType(encrypted), new[] { "styp", "moof" });
            Assert.Equal(encrypted.Length, (clear.Length / 16 + 1) * 16);
        }
    }

    [Fact]
    public void Renditions_report_codec_bit_rates_and_duration()
    {
        Assert.Equal(
            [("hls/64/index.m3u8", 64_000), ("hls/128/index.m3u8", 128_000), ("hls/256/index.m3u8", 256_000)],
            fixture.Track.Hls.Select(rendition => (rendition.PlaylistPath, rendition.NominalBitRate)));
        Assert.All(fixture.Track.Hls, rendition =>
        {
            Assert.Equal("aac", rendition.Codec);
            Assert.InRange(rendition.MeasuredBitRate, rendition.NominalBitRate * 0.85, rendition.NominalBitRate * 1.15);
            Assert.True(rendition.PeakBitRate >= rendition.MeasuredBitRate);
            Assert.Equal(TranscodedTrackFixture.ClipDuration.TotalSeconds, rendition.Duration.TotalSeconds, tolerance: 0.5);
        });
    }

    // The type of the first ISO BMFF box: bytes 4 to 8.
    private static string BoxType(byte[] bytes) => System.Text.Encoding.ASCII.GetString(bytes, 4, 4);
}
