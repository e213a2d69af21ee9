namespace Spotify.Gateway.Accounts;

public static class SignUpValidator
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int MaxDisplayNameLength = 64;

    /// <returns>The normalized sign-up, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static ValidSignUp? Validate(SignUpRequest request, out string error)
    {
        var signUp = new ValidSignUp(
            EmailAddress.Normalize(request.Email ?? ""),
            request.Password ?? "",
            request.DisplayName?.Trim() ?? "",
            request.Country?.Trim().ToUpperInvariant() ?? "");
        error = FindProblem(signUp) ?? "";
        return error.Length == 0 ? signUp : null;
    }

    private static string? FindProblem(ValidSignUp signUp)
    {
        if (!EmailAddress.IsValid(signUp.Email))
        {
            return "Invalid email address";
        }
        if (!IsStrong(signUp.Password))
        {
            return $"Password too weak: use {MinPasswordLength} to {MaxPasswordLength} characters, with a letter and a digit or symbol";
        }
        if (signUp.DisplayName.Length is 0 or > MaxDisplayNameLength || signUp.DisplayName.Any(char.IsControl))
        {
            return $"display_name is required: 1 to {MaxDisplayNameLength} characters";
        }
        if (signUp.Country.Length != 0 && !(signUp.Country.Length == 2 && signUp.Country.All(char.IsAsciiLetterUpper)))
        {
            return "country must be an ISO 3166-1 alpha-2 code such as SE";
        }
        return null;
    }

    private static bool IsStrong(string password) =>
        password.Length is >= MinPasswordLength and <= MaxPasswordLength
        && password.Any(char.IsLetter)
        && password.Any(character => !char.IsLetter(character));
}
