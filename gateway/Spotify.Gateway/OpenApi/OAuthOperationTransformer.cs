using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Spotify.Gateway.OpenApi;

/// <summary>Marks each operation that needs a token with the OAuth scheme and the scope it declares.</summary>
internal sealed class OAuthOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var policies = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().ToList();
        if (policies.Count == 0)
        {
            return Task.CompletedTask;
        }
        var scopes = policies
            .Select(policy => policy.Policy?.Split(':', 2) is [_, var scope] ? scope : null)
            .OfType<string>()
            .ToList();
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OAuthSecuritySchemeTransformer.SchemeName, context.Document)] = scopes,
        });
        return Task.CompletedTask;
    }
}
