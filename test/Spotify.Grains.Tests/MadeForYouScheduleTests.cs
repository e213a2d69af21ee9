using Spotify.Grains.MadeForYou;
using Spotify.Recommendations;

namespace Spotify.Grains.Tests;

/// <summary>When made-for-you playlists refresh, and which genres make a Daily Mix.</summary>
public sealed class MadeForYouScheduleTests
{
    [Theory]
    [InlineData("2026-11-23T05:59:00Z")]
    [InlineData("2026-11-25T13:30:00Z")]
    [InlineData("2026-11-29T23:59:59Z")]
    public void Discover_weekly_falls_due_on_a_monday_morning_and_daily_mixes_on_the_next_morning(string at)
    {
        var now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var userId in new[] { "4uLU6hMCjMI75M1A2tKUQC", "0000000000000000000000", "zzzzzzzzzzzzzzzzzzzzzz" })
        {
            var weekly = now + RefreshSchedule.UntilNextMonday(now, userId);
            var daily = now + RefreshSchedule.UntilNextDay(now, userId);

            Assert.Equal(DayOfWeek.Monday, weekly.DayOfWeek);
            Assert.InRange(weekly - now, TimeSpan.FromTicks(1), RefreshSchedule.Weekly);
            Assert.InRange(daily - now, TimeSpan.FromTicks(1), RefreshSchedule.Daily);
            Assert.Equal(weekly.TimeOfDay, daily.TimeOfDay);
            Assert.True(daily.TimeOfDay < RefreshSchedule.Spread, $"{userId} at {daily.TimeOfDay}");
        }
    }

    [Fact]
    public void Only_genres_with_a_tenth_of_the_taste_make_a_daily_mix_and_at_most_six()
    {
        var taste = new TasteProfile();
        foreach (var (genre, affinity) in new[] { ("jazz", 10.0), ("folk", 5.0), ("rock", 1.0), ("polka", -3.0) })
        {
            taste.Genres[genre] = affinity;
        }
        var broad = new TasteProfile();
        for (var genre = 0; genre < 8; genre++)
        {
            broad.Genres[$"genre-{genre}"] = 1;
        }

        Assert.Equal(["jazz", "folk"], TasteClusters.Of(taste));
        Assert.Equal(6, TasteClusters.Of(broad).Count);
        Assert.Empty(TasteClusters.Of(new TasteProfile()));
    }
}
