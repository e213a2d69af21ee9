using System.Globalization;

namespace Spotify.Gateway.Paging;

/// <summary>A validated <c>offset</c> and <c>limit</c> pair from a query string.</summary>
public readonly record struct PageRequest(int Offset, int Limit)
{
    /// <summary>Reads the raw query values; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryRead(string? limit, string? offset, int defaultLimit, int maxLimit, out PageRequest page, out string error)
    {
        page = default;
        if (!TryReadNumber(limit, defaultLimit, 1, maxLimit, out var limitValue))
        {
            error = $"Invalid limit: expected an integer from 1 to {maxLimit}";
            return false;
        }
        if (!TryReadNumber(offset, 0, 0, int.MaxValue - maxLimit, out var offsetValue))
        {
            error = "Invalid offset: expected a non-negative integer";
            return false;
        }
        page = new PageRequest(offsetValue, limitValue);
        error = "";
        return true;
    }

    private static bool TryReadNumber(string? raw, int defaultValue, int minimum, int maximum, out int value)
    {
        if (raw is null)
        {
            value = defaultValue;
            return true;
        }
        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= minimum
            && value <= maximum;
    }
}
