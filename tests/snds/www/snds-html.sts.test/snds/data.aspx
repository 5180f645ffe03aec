<!DOCTYPE html>
<html><head><title>Sign in to your Microsoft account</title></head><body>login</body></html>
