using Spotify.Media.Encryption;
using Spotify.Media.Transcoding;

namespace Spotify.Media.Tests.Transcoding;

[Collection(TranscodedTrackCollection.Name)]
public sealed class OggRenditionTests(TranscodedTrackFixture fixture)
{
    [Fact]
    public void Ladder_is_vorbis_at_96_160_and_320_kbps()
    {
        Assert.Equal(
            [("ogg/96.ogg", 96_000), ("ogg/160.ogg", 160_000), ("ogg/320.ogg", 320_000)],
            fixture.Track.Ogg.Select(rendition => (rendition.RelativePath, rendition.NominalBitRate)));
        Assert.All(fixture.Track.Ogg, rendition => Assert.Equal("vorbis", rendition.Codec));
    }

    [Theory]
    [InlineData(96_000)]
    [InlineData(160_000)]
    [InlineData(320_000)]
    public async Task Decrypted_rendition_is_vorbis_at_its_nominal_bit_rate_for_the_whole_clip(int bitRate)
    {
        var rendition = fixture.Track.Ogg.Single(ogg => ogg.NominalBitRate == bitRate);
        using var directory = new TemporaryDirectory();
        var clear = directory.File("clear.ogg");
        await File.WriteAllBytesAsync(clear, await DecryptAsync(rendition));

        var facts = await TestMedia.ProbeAsync(clear);

        Assert.Equal("vorbis", facts.Codec);
        Assert.InRange(facts.BitRate, bitRate * 0.85, bitRate * 1.15);
        Assert.Equal(TranscodedTrackFixture.ClipDuration.TotalSeconds, facts.DurationSeconds, tolerance: 0.5);
        Assert.InRange(rendition.MeasuredBitRate, bitRate * 0.85, bitRate * 1.15);
        Assert.Equal(facts.DurationSeconds, rendition.Duration.TotalSeconds, tolerance: 0.01);
    }

    [Fact]
    public async Task Encrypted_rendition_is_not_readable_as_ogg()
    {
        var encrypted = fixture.PathOf(fixture.Track.Ogg[0].RelativePath);

        Assert.NotEqual("OggS"u8.ToArray(), (await File.ReadAllBytesAsync(encrypted))[..4]);
        // Random bytes are now and then taken for some other format, never for the Vorbis they hide.
        Assert.NotEqual("vorbis", await TestMedia.CodecOrNullAsync(encrypted));
    }

    [Fact]
    public async Task Any_byte_range_decrypts_on_its_own_to_the_same_bytes_as_the_whole_file()
    {
        var rendition = fixture.Track.Ogg[1];
        var encrypted = await File.ReadAllBytesAsync(fixture.PathOf(rendition.RelativePath));
        var clear = await DecryptAsync(rendition);
        var random = new Random(20261124);
        var ranges = new List<(int Offset, int Length)> { (0, 1), (15, 2), (16, 16), (encrypted.Length - 7, 7), (4_095, 70_001) };
        for (var index = 0; index < 40; index++)
        {
            var offset = random.Next(encrypted.Length);
            ranges.Add((offset, random.Next(1, Math.Min(encrypted.Length - offset, 100_000) + 1)));
        }

        using var cipher = new AesCtrCipher(fixture.Key, Convert.FromHexString(rendition.InitialCounter));
        foreach (var (offset, length) in ranges)
        {
            Assert.Equal(clear[offset..(offset + length)], cipher.DecryptRange(offset, encrypted.AsSpan(offset, length)));
        }
    }

    [Fact]
    public void Renditions_have_their_own_initial_counters()
    {
        Assert.Equal(3, fixture.Track.Ogg.Select(rendition => rendition.InitialCounter).Distinct().Count());
        Assert.All(fixture.Track.Ogg, rendition => Assert.Equal(16, Convert.FromHexString(rendition.InitialCounter).Length));
    }

    private async Task<byte[]> DecryptAsync(OggRendition rendition)
    {
        using var cipher = new AesCtrCipher(fixture.Key, Convert.FromHexString(rendition.InitialCounter));
        return cipher.DecryptRange(0, await File.ReadAllBytesAsync(fixture.PathOf(rendition.RelativePath)));
    }
}
