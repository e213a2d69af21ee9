using Microsoft.Extensions.Options;

namespace Spotify.Hosting.Configuration;

/// <summary>Recognizes a host that failed to start because options did not validate.</summary>
public static class StartupValidationFailure
{
    /// <returns>One line naming every failed setting, or null when the failure was something else.</returns>
    public static string? Describe(Exception exception)
    {
        var failures = exception switch
        {
            OptionsValidationException single => [single],
            AggregateException many when many.InnerExceptions.All(inner => inner is OptionsValidationException) =>
                many.InnerExceptions.Cast<OptionsValidationException>().ToList(),
            _ => [],
        };
        return failures.Count == 0
            ? null
            : $"Invalid configuration: {string.Join("; ", failures.SelectMany(failure => failure.Failures))}.";
    }
}
