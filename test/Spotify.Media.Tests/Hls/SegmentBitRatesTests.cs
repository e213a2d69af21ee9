using Spotify.Media.Hls;

namespace Spotify.Media.Tests.Hls;

public sealed class SegmentBitRatesTests
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(6);

    [Fact]
    public void Average_is_all_the_bits_over_all_the_seconds()
    {
        Assert.Equal(100_000, SegmentBitRates.Average([(75_000, TimeSpan.FromSeconds(6)), (25_000, TimeSpan.FromSeconds(2))]));
    }

    [Fact]
    public void Peak_is_the_busiest_segment_long_enough_to_count()
    {
        var peak = SegmentBitRates.Peak(
            [(60_000, TimeSpan.FromSeconds(6)), (90_000, TimeSpan.FromSeconds(6)), (75_000, TimeSpan.FromSeconds(6))], Target);

        Assert.Equal(120_000, peak);
    }

    [Fact]
    public void A_short_last_segment_counts_only_together_with_the_one_before()
    {
        // Alone, the 0.5 s tail would be 160 kbps; six and a half seconds with the segment before is not over 1.5 targets.
        var peak = SegmentBitRates.Peak([(75_000, TimeSpan.FromSeconds(6)), (10_000, TimeSpan.FromSeconds(0.5))], Target);

        Assert.Equal(104_616, peak);
    }

    [Fact]
    public void A_track_shorter_than_half_a_target_is_its_own_peak()
    {
        Assert.Equal(80_000, SegmentBitRates.Peak([(20_000, TimeSpan.FromSeconds(2))], Target));
    }
}
