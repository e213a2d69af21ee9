using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace Spotify.Hosting.Database;

/// <summary>Sends DbUp's progress messages to the host's logger.</summary>
internal sealed class DbUpLogger(ILogger logger) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) => Log(LogLevel.Trace, format, args);

    public void LogDebug(string format, params object[] args) => Log(LogLevel.Debug, format, args);

    public void LogInformation(string format, params object[] args) => Log(LogLevel.Information, format, args);

    public void LogWarning(string format, params object[] args) => Log(LogLevel.Warning, format, args);

    public void LogError(string format, params object[] args) => Log(LogLevel.Error, format, args);

    public void LogError(Exception ex, string format, params object[] args)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            logger.LogError(ex, "{DbUpMessage}", string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
        }
    }

    private void Log(LogLevel level, string format, object[] args)
    {
        if (logger.IsEnabled(level))
        {
            // DbUp formats with composite-format placeholders ({0}), not message templates.
            logger.Log(level, "{DbUpMessage}", string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
        }
    }
}
