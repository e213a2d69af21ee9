using Microsoft.AspNetCore.Authorization;

namespace Spotify.Gateway.Auth;

/// <summary>The access token must act for a user, not be a client's own (client credentials) token.</summary>
public sealed class UserTokenRequirement : AuthorizationHandler<UserTokenRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, UserTokenRequirement requirement)
    {
        if (SpotifyClaims.UserId(context.User) is not null)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
