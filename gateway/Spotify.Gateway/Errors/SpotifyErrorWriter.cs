using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Spotify.Gateway.Errors;

/// <summary>
/// The one place that writes error bodies. Every error the gateway sends (from a handler, a failed
/// binding, an unknown route, an exception) becomes ASP.NET Core problem details first, and this
/// writer renders them in the Spotify Web API's error shape.
/// </summary>
internal sealed class SpotifyErrorWriter(IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var status = context.ProblemDetails.Status ?? response.StatusCode;
        var message = context.ProblemDetails.Detail
            ?? (status == StatusCodes.Status401Unauthorized ? UnauthorizedMessages.For(context.HttpContext) : null)
            ?? context.ProblemDetails.Title
            ?? ReasonPhrases.GetReasonPhrase(status);
        var body = new ErrorResponse(new ErrorBody(status, message));
        return new ValueTask(response.WriteAsJsonAsync(body, jsonOptions.Value.SerializerOptions, context.HttpContext.RequestAborted));
    }
}
