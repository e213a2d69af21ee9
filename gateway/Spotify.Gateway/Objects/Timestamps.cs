using System.Globalization;

namespace Spotify.Gateway.Objects;

public static class Timestamps
{
    /// <summary>The Spotify Web API's timestamp form, e.g. <c>2016-10-24T15:03:07Z</c>.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
