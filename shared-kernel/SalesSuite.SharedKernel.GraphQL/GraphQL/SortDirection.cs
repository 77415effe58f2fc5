namespace SalesSuite.SharedKernel.GraphQL;

public enum SortDirection
{
    Asc,
    Desc,
}
