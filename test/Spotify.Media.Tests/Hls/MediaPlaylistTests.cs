using Spotify.Media.Hls;

namespace Spotify.Media.Tests.Hls;

public sealed class MediaPlaylistTests
{
    [Fact]
    public void Segments_map_keys_and_end_are_read()
    {
        var playlist = MediaPlaylist.Parse("""
            #EXTM3U
            #EXT-X-VERSION:7
            #EXT-X-TARGETDURATION:6
            #EXT-X-MEDIA-SEQUENCE:3
            #EXT-X-PLAYLIST-TYPE:VOD
            #EXT-X-MAP:URI="init.mp4"
            #EXT-X-KEY:METHOD=AES-128,URI="/v1/tracks/abc/key",IV=0x000102030405060708090A0B0C0D0E0F
            #EXTINF:6.013968,
            seg_00000.m4s
            #EXT-X-KEY:METHOD=AES-128,URI="/v1/tracks/abc/key",IV=0x1
            #EXTINF:5.990748,
            seg_00001.m4s
            #EXT-X-KEY:METHOD=NONE
            #EXTINF:2.004535,title
            seg_00002.m4s
            #EXT-X-ENDLIST
            """);

        Assert.Equal(TimeSpan.FromSeconds(6), playlist.TargetDuration);
        Assert.Equal(3, playlist.MediaSequence);
        Assert.Equal("init.mp4", playlist.MapUri);
        Assert.Null(playlist.MapKey);
        Assert.True(playlist.IsComplete);
        Assert.Equal(["seg_00000.m4s", "seg_00001.m4s", "seg_00002.m4s"], playlist.Segments.Select(segment => segment.Uri));
        Assert.Equal(14.009251, playlist.Duration.TotalSeconds, precision: 6);
        var first = playlist.Segments[0].Key!;
        Assert.Equal(("AES-128", "/v1/tracks/abc/key"), (first.Method, first.Uri));
        Assert.Equal(Convert.FromHexString("000102030405060708090A0B0C0D0E0F"), first.Iv);
        Assert.Equal(Convert.FromHexString("00000000000000000000000000000001"), playlist.Segments[1].Key!.Iv);
        Assert.Null(playlist.Segments[2].Key);
    }

    [Fact]
    public void A_live_playlist_is_not_complete_and_a_key_before_the_map_covers_it()
    {
        var playlist = MediaPlaylist.Parse("""
            #EXTM3U
            #EXT-X-TARGETDURATION:4
            #EXT-X-KEY:METHOD=AES-128,URI="key"
            #EXT-X-MAP:URI="init.mp4"
            #EXTINF:4,
            a.m4s
            """);

        Assert.False(playlist.IsComplete);
        Assert.Equal(new HlsKey("AES-128", "key", null), playlist.MapKey);
        Assert.Null(playlist.Segments[0].Key!.Iv);
    }

    [Fact]
    public void A_segment_without_duration_is_refused()
    {
        Assert.Throws<FormatException>(() => MediaPlaylist.Parse("#EXTM3U\n#EXT-X-TARGETDURATION:6\nseg.m4s\n"));
    }

    [Fact]
    public void A_playlist_without_target_duration_is_refused()
    {
        Assert.Throws<FormatException>(() => MediaPlaylist.Parse("#EXTM3U\n#EXTINF:6,\nseg.m4s\n"));
    }
}
