using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Spotify.Gateway.Errors;

/// <summary>
/// A handler's error result. It carries a status and a message and hands them to the problem
/// details service, so that <see cref="SpotifyErrorWriter"/> renders it like every other error.
/// </summary>
public sealed class ApiError : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private ApiError(int statusCode, string message)
    {
        StatusCode = statusCode;
        Message = message;
    }

    public int StatusCode { get; }

    public string Message { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public static ApiError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static ApiError NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static ApiError Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    public static ApiError WithStatus(int statusCode, string message) => new(statusCode, message);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCode, Detail = Message },
        });
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(ErrorResponse), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ErrorResponse), ["application/json"]));
    }
}
