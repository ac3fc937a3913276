class StorageError(Exception):
    pass
class ServiceError(Exception):
    pass
def storage():
    raise StorageError("disk full")
def service():
    try:
        storage()
    except StorageError as e:
        raise ServiceError("cannot save") from e
def api():
    try:
        service()
    except ServiceError:
        raise RuntimeError("request failed")
api()
