from typing import Literal

DataStreamCreateDatatype = Literal["float32", "float64", "int16", "int32", "int64"]

DATA_STREAM_CREATE_DATATYPE_VALUES: set[DataStreamCreateDatatype] = {
    "float32",
    "float64",
    "int16",
    "int32",
    "int64",
}


def check_data_stream_create_datatype(value: str) -> DataStreamCreateDatatype:
    if value in DATA_STREAM_CREATE_DATATYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_STREAM_CREATE_DATATYPE_VALUES!r}")
