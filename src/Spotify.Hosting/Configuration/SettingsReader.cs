using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Spotify.Hosting.Configuration;

/// <summary>
/// Reads hosting settings and collects every problem, so that one failed start names every key
/// that is missing or malformed instead of the first only.
/// </summary>
public sealed class SettingsReader(IConfiguration configuration)
{
    private readonly List<string> _problems = [];

    public string Required(string key)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            _problems.Add($"{key} is required");
            return "";
        }
        return value;
    }

    public string? Optional(string key)
    {
        var value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public string OptionalOrDefault(string key, string defaultValue) => Optional(key) ?? defaultValue;

    /// <summary>A TCP port; 0 is allowed only where the caller says it means "none".</summary>
    public int Port(string key, int defaultValue, bool allowZero = false)
    {
        var value = Optional(key);
        if (value is null)
        {
            return defaultValue;
        }
        var minimum = allowZero ? 0 : 1;
        if (!int.TryParse(value, out var port) || port < minimum || port > IPEndPoint.MaxPort)
        {
            _problems.Add($"{key} must be a port number from {minimum} to {IPEndPoint.MaxPort}, not '{value}'");
            return defaultValue;
        }
        return port;
    }

    public int Number(string key, int defaultValue, int minimum, int maximum)
    {
        var value = Optional(key);
        if (value is null)
        {
            return defaultValue;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            _problems.Add($"{key} must be a whole number from {minimum} to {maximum}, not '{value}'");
            return defaultValue;
        }
        return number;
    }

    /// <summary>A time span written as <c>hh:mm:ss[.fff]</c>, within the given bounds.</summary>
    public TimeSpan Duration(string key, TimeSpan defaultValue, TimeSpan minimum, TimeSpan maximum)
    {
        var value = Optional(key);
        if (value is null)
        {
            return defaultValue;
        }
        if (!TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration) || duration < minimum || duration > maximum)
        {
            _problems.Add($"{key} must be a duration (hh:mm:ss) from {minimum:c} to {maximum:c}, not '{value}'");
            return defaultValue;
        }
        return duration;
    }

    public IPAddress? OptionalIPAddress(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            return null;
        }
        if (!IPAddress.TryParse(value, out var address))
        {
            _problems.Add($"{key} must be an IP address, not '{value}'");
            return null;
        }
        return address;
    }

    public bool Flag(string key, bool defaultValue)
    {
        var value = Optional(key);
        if (value is null)
        {
            return defaultValue;
        }
        if (!bool.TryParse(value, out var flag))
        {
            _problems.Add($"{key} must be true or false, not '{value}'");
            return defaultValue;
        }
        return flag;
    }

    public TEnum Choice<TEnum>(string key, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        var value = Optional(key);
        if (value is null)
        {
            return defaultValue;
        }
        if (!value.All(char.IsAsciiLetter) || !Enum.TryParse<TEnum>(value, ignoreCase: true, out var choice))
        {
            _problems.Add($"{key} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}, not '{value}'");
            return defaultValue;
        }
        return choice;
    }

    /// <summary>Records a problem found by the caller, such as two settings that contradict each other.</summary>
    public void Problem(string problem) => _problems.Add(problem);

    public void ThrowIfInvalid()
    {
        if (_problems.Count > 0)
        {
            throw new HostingConfigurationException(_problems.ToList());
        }
    }
}
