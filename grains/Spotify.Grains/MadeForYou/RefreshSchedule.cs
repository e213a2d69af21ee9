using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Spotify.Grains.MadeForYou;

/// <summary>
/// When the made-for-you refreshes fall due: Discover Weekly on Monday mornings, the Daily Mixes
/// every morning (UTC). Each user has their own minute within the first six hours of the day, so
/// that not every user's playlists are made at the same moment.
/// </summary>
public static class RefreshSchedule
{
    public static readonly TimeSpan Daily = TimeSpan.FromDays(1);
    public static readonly TimeSpan Weekly = TimeSpan.FromDays(7);
    public static readonly TimeSpan Spread = TimeSpan.FromHours(6);

    /// <summary>How long from <paramref name="now"/> until the user's next daily refresh.</summary>
    public static TimeSpan UntilNextDay(DateTimeOffset now, string userId) => Until(now, userId, weekday: null);

    /// <summary>How long from <paramref name="now"/> until the user's next Monday refresh.</summary>
    public static TimeSpan UntilNextMonday(DateTimeOffset now, string userId) => Until(now, userId, DayOfWeek.Monday);

    private static TimeSpan Until(DateTimeOffset now, string userId, DayOfWeek? weekday)
    {
        var due = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) + MinuteOf(userId);
        while (due <= now || (weekday is { } day && due.DayOfWeek != day))
        {
            due = due.AddDays(1);
        }
        return due - now;
    }

    /// <summary>The user's minute of the spread: the same on every silo and every run.</summary>
    private static TimeSpan MinuteOf(string userId) => TimeSpan.FromMinutes(
        BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(userId))) % (uint)Spread.TotalMinutes);
}
