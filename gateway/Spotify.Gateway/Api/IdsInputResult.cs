namespace Spotify.Gateway.Api;

public sealed record IdsInputResult(IReadOnlyList<string>? Ids, int StatusCode, string Error)
{
    public static IdsInputResult Success(IReadOnlyList<string> ids) => new(ids, StatusCodes.Status200OK, "");

    public static IdsInputResult Failure(int statusCode, string error) => new(null, statusCode, error);
}
