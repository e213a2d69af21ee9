using Spotify.Media.Hls;

namespace Spotify.Media.Tests.Hls;

public sealed class MasterPlaylistTests
{
    [Fact]
    public void Variants_are_read_with_quoted_attributes_that_hold_commas()
    {
        var master = MasterPlaylist.Parse("""
            #EXTM3U
            #EXT-X-VERSION:7

            #EXT-X-STREAM-INF:BANDWIDTH=70400,CODECS="mp4a.40.2"
            64/index.m3u8
            #EXT-X-STREAM-INF:CODECS="avc1.64001f,mp4a.40.2",AVERAGE-BANDWIDTH=1200000,BANDWIDTH=1500000,RESOLUTION=1280x720
            video/index.m3u8
            """);

        Assert.Equal(
            [
                new HlsVariant("64/index.m3u8", 70_400, null, "mp4a.40.2"),
                new HlsVariant("video/index.m3u8", 1_500_000, 1_200_000, "avc1.64001f,mp4a.40.2"),
            ],
            master.Variants);
    }

    [Fact]
    public void Written_playlist_reads_back_the_same()
    {
        var master = new MasterPlaylist(
        [
            new HlsVariant("64/index.m3u8", 70_000, 66_000, "mp4a.40.2"),
            new HlsVariant("256/index.m3u8", 270_000, 260_000, null),
        ]);

        var text = master.ToM3u8();

        Assert.StartsWith("#EXTM3U\n", text);
        Assert.Contains("#EXT-X-STREAM-INF:BANDWIDTH=70000,AVERAGE-BANDWIDTH=66000,CODECS=\"mp4a.40.2\"\n64/index.m3u8\n", text);
        Assert.Equal(master.Variants, MasterPlaylist.Parse(text).Variants);
    }

    [Fact]
    public void Text_that_is_not_a_playlist_is_refused()
    {
        Assert.Throws<FormatException>(() => MasterPlaylist.Parse("<html></html>"));
    }

    [Fact]
    public void A_variant_without_bandwidth_is_refused()
    {
        Assert.Throws<FormatException>(() => MasterPlaylist.Parse("#EXTM3U\n#EXT-X-STREAM-INF:CODECS=\"mp4a.40.2\"\n64/index.m3u8\n"));
    }
}
