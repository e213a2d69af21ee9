using System.ComponentModel.DataAnnotations;

namespace Spotify.Gateway.Links;

public sealed class PublicUrlOptions : IValidatableObject
{
    public const string Section = "Spotify";

    /// <summary>
    /// The URL clients reach the API at when it differs from what requests show (a CDN, a proxy
    /// that rewrites the host). Unset: links are built from each request's scheme and host.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is not null && !AbsoluteHttpUrl.IsValid(PublicBaseUrl))
        {
            yield return new ValidationResult(
                $"Spotify:PublicBaseUrl must be an absolute http or https URL, not '{PublicBaseUrl}'",
                [nameof(PublicBaseUrl)]);
        }
    }
}
