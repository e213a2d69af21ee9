using Microsoft.AspNetCore.Diagnostics;
using Spotify.Contracts.Library;
using Spotify.Contracts.Playlists;

namespace Spotify.Gateway.Errors;

/// <summary>
/// Gives the exceptions that are not bugs their proper status: a request the framework could not
/// read, or an edit a grain refused, is the client's error (4xx); an unreachable cluster is 503.
/// Anything else stays a 500.
/// </summary>
internal sealed class GatewayExceptionHandler(IProblemDetailsService problems, ILogger<GatewayExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, message) = exception switch
        {
            BadHttpRequestException badRequest => (badRequest.StatusCode, badRequest.Message),
            LibraryFullException full => (StatusCodes.Status400BadRequest, full.Message),
            PlaylistEditRejectedException rejected => (StatusOf(rejected.Rejection), rejected.Message),
            SiloUnavailableException or OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or TimeoutException =>
                (StatusCodes.Status503ServiceUnavailable, "The service is temporarily unavailable; try again shortly"),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return false;
        }

        if (status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogWarning(exception, "Request {Method} {Path} failed with {StatusCode}", httpContext.Request.Method, httpContext.Request.Path, status);
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = message },
        });
    }

    private static int StatusOf(PlaylistEditRejection rejection) => rejection switch
    {
        PlaylistEditRejection.NotFound => StatusCodes.Status404NotFound,
        PlaylistEditRejection.NotAllowed => StatusCodes.Status403Forbidden,
        PlaylistEditRejection.StaleSnapshot => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
