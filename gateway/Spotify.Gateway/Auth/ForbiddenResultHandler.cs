using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Turns a failed authorization into a 403 that says which scope or kind of token was missing;
/// challenges (no or bad token) keep the default 401 with its <c>WWW-Authenticate</c> header.
/// </summary>
public sealed class ForbiddenResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var failed = authorizeResult.AuthorizationFailure?.FailedRequirements ?? [];
        var message = failed.OfType<UserTokenRequirement>().Any()
            ? "This endpoint needs a user's access token, not a client's"
            : $"Insufficient client scope: needs {string.Join(", ", failed.OfType<ScopeRequirement>().Select(requirement => requirement.Scope))}";
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status403Forbidden, Detail = message },
        });
    }
}
