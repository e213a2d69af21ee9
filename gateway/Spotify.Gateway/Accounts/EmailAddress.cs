using System.Net.Mail;

namespace Spotify.Gateway.Accounts;

public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>The form accounts are found by: trimmed and lower-cased.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>A plain <c>local@domain.tld</c> address, without display names or comments.</summary>
    public static bool IsValid(string email) =>
        email.Length <= MaxLength
        && MailAddress.TryCreate(email, out var parsed)
        && parsed.Address == email
        && parsed.DisplayName.Length == 0
        && parsed.Host.Contains('.', StringComparison.Ordinal)
        && !parsed.Host.StartsWith('.')
        && !parsed.Host.EndsWith('.');
}
