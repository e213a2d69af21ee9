using System.ComponentModel.DataAnnotations;

namespace Spotify.Media.Signing;

/// <summary>Settings for signed media URLs (<c>Spotify:Media:Signing</c>).</summary>
public sealed class MediaSigningOptions : IValidatableObject
{
    public const string Section = "Spotify:Media:Signing";

    public const int MinimumSecretLength = 32;

    public static readonly TimeSpan MaximumUrlLifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// The secret shared with the CDN edge (<c>deploy/nginx</c>), which checks signatures itself:
    /// at least <see cref="MinimumSecretLength"/> characters from the base64 and base64url
    /// alphabets (letters, digits, <c>-_.~+/=</c>), so that it can sit in an nginx string as is.
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>How long a signed URL works when the caller does not say.</summary>
    public TimeSpan UrlLifetime { get; set; } = TimeSpan.FromHours(1);

    public static bool IsValidSecret(string? secret) =>
        secret is { Length: >= MinimumSecretLength } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '+' or '/' or '=');

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsValidSecret(Secret))
        {
            yield return new ValidationResult(
                $"{Section}:Secret must be at least {MinimumSecretLength} characters of letters, digits and -_.~+/= (the same secret as the CDN edge's)",
                [nameof(Secret)]);
        }
        if (UrlLifetime <= TimeSpan.Zero || UrlLifetime > MaximumUrlLifetime)
        {
            yield return new ValidationResult(
                $"{Section}:UrlLifetime must be positive and at most {MaximumUrlLifetime.TotalDays} days", [nameof(UrlLifetime)]);
        }
    }

    /// <exception cref="ArgumentException">The options break a rule of <see cref="Validate"/>.</exception>
    internal void ThrowIfInvalid()
    {
        var problems = Validate(new ValidationContext(this)).Select(problem => problem.ErrorMessage).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), "options");
        }
    }
}
