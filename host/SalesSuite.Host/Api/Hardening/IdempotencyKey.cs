using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

/// <summary>An <c>Idempotency-Key</c> in its scope: the same key of another user or tenant is another key.</summary>
public sealed record IdempotencyKey(string Tenant, string User, string Key);
