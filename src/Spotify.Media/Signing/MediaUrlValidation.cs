using System.Diagnostics.CodeAnalysis;

namespace Spotify.Media.Signing;

/// <summary>The outcome of checking a signed media path: a <see cref="Grant"/> or a <see cref="Failure"/>.</summary>
public sealed record MediaUrlValidation
{
    private MediaUrlValidation(MediaGrant? grant, MediaUrlFailure? failure)
    {
        Grant = grant;
        Failure = failure;
    }

    public MediaGrant? Grant { get; }

    public MediaUrlFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Grant))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsValid => Grant is not null;

    public static MediaUrlValidation Valid(MediaGrant grant) => new(grant, null);

    public static MediaUrlValidation Invalid(MediaUrlFailure failure) => new(null, failure);
}
