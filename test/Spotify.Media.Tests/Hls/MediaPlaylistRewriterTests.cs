using Spotify.Media.Hls;

namespace Spotify.Media.Tests.Hls;

public sealed class MediaPlaylistRewriterTests
{
    private const string Clear = """
        #EXTM3U
        #EXT-X-VERSION:7
        #EXT-X-TARGETDURATION:6
        #EXT-X-MEDIA-SEQUENCE:0
        #EXT-X-PLAYLIST-TYPE:VOD
        #EXT-X-MAP:URI="init.mp4"
        #EXTINF:6.013968,
        seg_00000.m4s
        #EXTINF:2.004535,
        seg_00001.m4s
        #EXT-X-ENDLIST
        """;

    private static readonly byte[][] Ivs =
    [
        Convert.FromHexString("00112233445566778899AABBCCDDEEFF"),
        Convert.FromHexString("FFEEDDCCBBAA99887766554433221100"),
    ];

    [Fact]
    public void Each_segment_gets_its_key_and_iv_and_the_first_key_follows_the_map()
    {
        var encrypted = MediaPlaylistRewriter.AddSegmentKeys(Clear, "/v1/tracks/abc/key", Ivs);

        Assert.Equal("""
            #EXTM3U
            #EXT-X-VERSION:7
            #EXT-X-TARGETDURATION:6
            #EXT-X-MEDIA-SEQUENCE:0
            #EXT-X-PLAYLIST-TYPE:VOD
            #EXT-X-MAP:URI="init.mp4"
            #EXT-X-KEY:METHOD=AES-128,URI="/v1/tracks/abc/key",IV=0x00112233445566778899AABBCCDDEEFF
            #EXTINF:6.013968,
            seg_00000.m4s
            #EXT-X-KEY:METHOD=AES-128,URI="/v1/tracks/abc/key",IV=0xFFEEDDCCBBAA99887766554433221100
            #EXTINF:2.004535,
            seg_00001.m4s
            #EXT-X-ENDLIST

            """, encrypted);
        var playlist = MediaPlaylist.Parse(encrypted);
        Assert.Null(playlist.MapKey);
        Assert.Equal(Ivs, playlist.Segments.Select(segment => segment.Key!.Iv!));
    }

    [Fact]
    public void One_iv_per_segment_is_required()
    {
        Assert.Throws<ArgumentException>(() => MediaPlaylistRewriter.AddSegmentKeys(Clear, "/key", [Ivs[0]]));
        Assert.Throws<ArgumentException>(() => MediaPlaylistRewriter.AddSegmentKeys(Clear, "/key", [.. Ivs, Ivs[0]]));
        Assert.Throws<ArgumentException>(() => MediaPlaylistRewriter.AddSegmentKeys(Clear, "/key", [Ivs[0], new byte[8]]));
    }

    [Fact]
    public void A_playlist_is_not_encrypted_twice()
    {
        var encrypted = MediaPlaylistRewriter.AddSegmentKeys(Clear, "/key", Ivs);

        Assert.Throws<ArgumentException>(() => MediaPlaylistRewriter.AddSegmentKeys(encrypted, "/key", Ivs));
    }

    [Fact]
    public void A_key_uri_that_cannot_be_quoted_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MediaPlaylistRewriter.AddSegmentKeys(Clear, "/key\",METHOD=NONE", Ivs));
    }
}
