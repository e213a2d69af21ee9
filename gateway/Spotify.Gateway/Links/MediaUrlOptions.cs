using System.ComponentModel.DataAnnotations;

namespace Spotify.Gateway.Links;

/// <summary>Where clients fetch media (<c>Spotify:Media:PublicBaseUrl</c>).</summary>
public sealed class MediaUrlOptions : IValidatableObject
{
    public const string Section = "Spotify:Media";

    /// <summary>
    /// The base of signed media URLs, typically the CDN edge of <c>deploy/nginx</c> in front of the
    /// gateways. Unset: the API's own base (<see cref="PublicUrlOptions.PublicBaseUrl"/>, else each
    /// request's scheme and host), so the gateway serves media itself.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is not null && !AbsoluteHttpUrl.IsValid(PublicBaseUrl))
        {
            yield return new ValidationResult(
                $"{Section}:PublicBaseUrl must be an absolute http or https URL, not '{PublicBaseUrl}'",
                [nameof(PublicBaseUrl)]);
        }
    }
}
